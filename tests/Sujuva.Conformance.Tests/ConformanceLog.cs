using Sujuva.Analytics.Readers;

namespace Sujuva.Conformance.Tests;

/// <summary>
/// One reference output and how to read its log so that the figures are PM4Py's: XES with pm4py-compat,
/// receipt.csv in the default mode with its own columns, BPIC 2012's interval view with intervals.
/// </summary>
public sealed record ConformanceLog(string Reference, string? Section, Func<string> LogPath, ReadOptions Options)
{
    private static readonly ReadOptions Pm4Py = new() { Pm4PyCompat = true };

    public static readonly IReadOnlyDictionary<string, ConformanceLog> All = new Dictionary<string, ConformanceLog>
    {
        ["running-example"] = Xes("running-example", "running-example.xes"),
        ["receipt"] = Xes("receipt", "receipt.xes"),
        ["receipt_csv"] = new("receipt_csv", null, () => EventLogsFolder.Log("receipt.csv"), new ReadOptions
        {
            Columns = new CsvColumns { Case = "case:concept:name", Activity = "concept:name", Timestamp = "time:timestamp" },
        }),
        // The default mode converts XES offsets to UTC, so receipt.xes then gives PM4Py's figures of the CSV,
        // whose offsets pandas converts (README caveats 1 and 2).
        ["receipt.xes exact UTC"] = new("receipt_csv", null, () => EventLogsFolder.Log("receipt.xes"), ReadOptions.Default),
        ["Road_Traffic_Fine_Management_Process"] = Xes("Road_Traffic_Fine_Management_Process", "Road_Traffic_Fine_Management_Process.xes.gz"),
        ["sepsis_cases"] = Xes("sepsis_cases", "sepsis_cases.xes.gz"),
        ["bpic2012"] = Xes("bpic2012", "bpic2012.xes.gz"),
        ["bpic2012.interval_view"] = new("bpic2012", "interval_view", () => EventLogsFolder.Log("bpic2012.xes.gz"), Pm4Py with { Intervals = true }),
        ["bpic2013_incidents"] = Xes("bpic2013_incidents", "bpic2013_incidents.xes.gz"),
        ["helpdesk"] = Xes("helpdesk", "helpdesk.xes.gz"),
        ["interval_event_log"] = Xes("interval_event_log", "interval_event_log.xes"),
        // The reference read the generator's XES; its CSV holds the same events in UTC, faster to read.
        ["synthetic_1m"] = new("synthetic_1m", null, SyntheticLog.CsvPath, new ReadOptions
        {
            Columns = new CsvColumns { Case = "case_id", Activity = "activity", Timestamp = "end_time", StartTimestamp = "start_time" },
        }),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    private static ConformanceLog Xes(string name, string file) => new(name, null, () => EventLogsFolder.Log(file), Pm4Py);
}
