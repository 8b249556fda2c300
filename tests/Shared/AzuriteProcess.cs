using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace AiRegOps.Tests.Shared;

/// <summary>
/// Azurite from the repository's node_modules (pinned in package.json and package-lock.json), started directly with
/// node (a known PID, no wrapper) on 127.0.0.1 and free ports; in memory unless given a location to persist to.
/// Stopped with SIGTERM twice (the first closes the ports, the second ends node), then killed if still alive.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    // Azurite's well-known development key: public, yet the tests treat it as the secret that must never leak.
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly StringBuilder output;

    private AzuriteProcess(Process process, StringBuilder output, int blobPort, int queuePort, int tablePort, string workFolder, string? location)
    {
        this.process = process;
        this.output = output;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        WorkFolder = workFolder;
        Location = location;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public string WorkFolder { get; }
    public string? Location { get; }
    public int ProcessId => process.Id;
    public bool HasExited => process.HasExited;

    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    /// <summary>Starts Azurite; with <paramref name="location"/> it persists there (to survive a restart), otherwise in memory.</summary>
    public static async Task<AzuriteProcess> StartAsync(string? location = null, (int Blob, int Queue, int Table)? ports = null)
    {
        var root = RepositoryRoot.Find();
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run npm ci in {root}.");
        }

        var (blob, queue, table) = ports ?? (FreePort(), FreePort(), FreePort());
        var work = Directory.CreateTempSubdirectory("azurite-").FullName;
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(script);
        foreach (var argument in location is null ? ["--inMemoryPersistence"] : new[] { "--location", location })
        {
            psi.ArgumentList.Add(argument);
        }

        foreach (var argument in new[]
        {
            "--skipApiVersionCheck", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}",
        })
        {
            psi.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Cannot start Azurite: node is not on PATH ({ex.Message}).", ex);
        }

        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, output, blob, queue, table, work, location);
        var started = Stopwatch.StartNew();
        while (!(await Answers(blob) && await Answers(table)))
        {
            if (process.HasExited || started.Elapsed > TimeSpan.FromSeconds(45))
            {
                // Read before disposing: HasExited on a disposed Process throws and hides this message.
                var (text, exited) = (azurite.Output, process.HasExited);
                await azurite.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not start on 127.0.0.1:{blob}/{table} within {started.Elapsed.TotalSeconds:0} s (exited: {exited}). Output:\n{text}");
            }

            await Task.Delay(100);
        }

        return azurite;
    }

    /// <summary>Kills Azurite at once (SIGKILL), as a crash or a pulled plug would.</summary>
    public void KillNow()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    /// <summary>Stops Azurite: SIGTERM, then SIGTERM again, then kill.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            for (var i = 0; i < 2 && !process.HasExited; i++)
            {
                _ = NativeMethods.Kill(process.Id, NativeMethods.SigTerm);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        KillNow();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> Answers(int port)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
