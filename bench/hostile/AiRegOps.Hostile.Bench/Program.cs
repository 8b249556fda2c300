using System.Diagnostics;
using AiRegOps.Tests.Hostile;

// Runs one hostile case (by id) in this fresh process and prints: id, elapsed ms, peak working set MB, error type and
// the start of its message. With no argument, lists the ids. run.sh runs each case in its own process so that the
// peak working set belongs to that case alone.
var all = HostileCases.All().Concat(LabelHostileCases.All()).Concat(LabelMessageHostileCases.All()).ToList();
if (args.Length == 0)
{
    foreach (var c in all)
    {
        Console.WriteLine(c);
    }

    return 0;
}

var hostile = all.Single(c => c.ToString() == args[0]);
hostile.Prepare?.Invoke();
GC.Collect();
var before = Process.GetCurrentProcess().PeakWorkingSet64;
var watch = Stopwatch.StartNew();
Exception? error = null;
try
{
    hostile.Run();
}
catch (Exception ex)
{
    error = ex;
}

watch.Stop();
using var self = Process.GetCurrentProcess();
self.Refresh();
var ok = error is not null && hostile.Expected.IsInstanceOfType(error) && error.Message.Contains(hostile.Fragment, StringComparison.Ordinal);
var message = error?.Message.Replace('\n', ' ') ?? "(no error)";
Console.WriteLine($"| {hostile} | {watch.Elapsed.TotalMilliseconds:F0} | {self.PeakWorkingSet64 / 1048576.0:F0} | {before / 1048576.0:F0} | {(ok ? "expected" : "UNEXPECTED")} {error?.GetType().Name} | {message[..Math.Min(90, message.Length)].Replace("|", "\\|", StringComparison.Ordinal)} |");
return ok ? 0 : 1;
