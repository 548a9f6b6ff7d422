namespace Sujuva.Conformance.Tests;

/// <summary>The shared folder of real event logs and their PM4Py reference outputs (env SUJUVA_EVENTLOGS).</summary>
internal static class EventLogsFolder
{
    public const string Variable = "SUJUVA_EVENTLOGS";

    /// <summary>The folder; fails (never skips) when it is not given, so a missing setup cannot pass silently.</summary>
    public static string Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(Variable);
            Assert.False(string.IsNullOrEmpty(path),
                $"{Variable} is not set. Point it at the shared eventlogs folder (with pm4py/*.json), e.g. "
                + $"{Variable}=/work/shared/data/eventlogs dotnet test --project tests/Sujuva.Conformance.Tests");
            Assert.True(Directory.Exists(System.IO.Path.Combine(path, "pm4py")), $"{Variable}={path} has no pm4py/ folder of reference outputs.");
            return path;
        }
    }

    public static string Reference(string name) => System.IO.Path.Combine(Path, "pm4py", name + ".json");

    public static string Log(string file) => System.IO.Path.Combine(Path, file);
}
