using System.Diagnostics;

namespace Sujuva.Conformance.Tests;

/// <summary>
/// The 1,000,000-event log of shared/bench/gen_eventlog.py with its defaults (seed 42), generated once
/// per test run into a temporary folder. The generator is deterministic (README: CSV md5 b8042bb5…).
/// </summary>
internal static class SyntheticLog
{
    private static readonly Lazy<string> Csv = new(Generate);

    public static string CsvPath() => Csv.Value;

    private static string Generate()
    {
        var script = Path.GetFullPath(Path.Combine(EventLogsFolder.Path, "..", "..", "bench", "gen_eventlog.py"));
        Assert.True(File.Exists(script), $"The generator {script} is missing (expected next to the eventlogs folder).");
        var folder = Directory.CreateTempSubdirectory("sujuva-synthetic-");
        var csv = Path.Combine(folder.FullName, "synthetic_1m.csv");
        // The generator always writes XES too (387 MB); the suite reads only the CSV.
        var xes = File.Exists("/dev/null") ? "/dev/null" : Path.Combine(folder.FullName, "synthetic_1m.xes");
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script, "--csv", csv, "--xes", xes },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 {script} failed: {error.Result}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Delete(recursive: true);
        return csv;
    }
}
