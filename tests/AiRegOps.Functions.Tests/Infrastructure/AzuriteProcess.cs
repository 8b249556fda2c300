using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AiRegOps.Functions.Tests.Infrastructure;

/// <summary>
/// Azurite from the repository's node_modules, started directly with node (a known PID) on 127.0.0.1 and free ports,
/// in memory. Stopped with SIGTERM twice (the first closes the ports, the second ends node), then killed. Mirrors the
/// evidence tests' fixture. Never skipped: a test that needs it fails with the reason when it cannot start.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    // Azurite's well-known development key: public, yet the tests treat it as a secret that must never leak.
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly StringBuilder output;
    private readonly string work;

    private AzuriteProcess(Process process, StringBuilder output, string work, int blob, int queue, int table)
    {
        this.process = process;
        this.output = output;
        this.work = work;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/{AccountName};QueueEndpoint=http://127.0.0.1:{queue}/{AccountName};TableEndpoint=http://127.0.0.1:{table}/{AccountName};";
        Ports = (blob, queue, table);
    }

    public string ConnectionString { get; }
    public (int Blob, int Queue, int Table) Ports { get; }

    public static async Task<AzuriteProcess> StartAsync()
    {
        var root = RepositoryRoot.Find();
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run npm ci in {root}.");
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var work = Directory.CreateTempSubdirectory("azurite-fn-").FullName;
        var psi = new ProcessStartInfo("node") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            script, "--inMemoryPersistence", "--skipApiVersionCheck", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}",
        })
        {
            psi.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = Process.Start(psi) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, output, work, blob, queue, table);
        var started = Stopwatch.StartNew();
        while (!(await Answers(blob) && await Answers(queue) && await Answers(table)))
        {
            if (process.HasExited || started.Elapsed > TimeSpan.FromSeconds(45))
            {
                string text;
                lock (output)
                {
                    text = output.ToString();
                }

                await azurite.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not start within {started.Elapsed.TotalSeconds:0} s (exited: {process.HasExited}). Output:\n{text}");
            }

            await Task.Delay(100);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
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

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
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
