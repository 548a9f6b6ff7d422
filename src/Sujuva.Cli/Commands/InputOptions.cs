using System.CommandLine;
using Sujuva.Analytics.Readers;

namespace Sujuva.Cli.Commands;

/// <summary>The options that say how to read an input log; shared by analyze and convert.</summary>
internal sealed class InputOptions
{
    public Option<bool> Pm4PyCompat { get; } = new("--pm4py-compat")
    {
        Description = "Read as PM4Py 2.7 does: XES UTC offsets are dropped (local wall-clock time read as UTC) and each case keeps file order.",
    };

    public Option<bool> Intervals { get; } = new("--intervals")
    {
        Description = "Pair lifecycle start/complete events into one interval event first (as PM4Py's to_interval); other transitions are dropped.",
    };

    public Option<string?> Case { get; } = new("--case") { HelpName = "COLUMN", Description = "CSV column of the case id (default: detected)." };

    public Option<string?> Activity { get; } = new("--activity") { HelpName = "COLUMN", Description = "CSV column of the activity (default: detected)." };

    public Option<string?> Timestamp { get; } = new("--timestamp") { HelpName = "COLUMN", Description = "CSV column of the (complete) timestamp (default: detected)." };

    public Option<string?> StartTimestamp { get; } = new("--start-timestamp") { HelpName = "COLUMN", Description = "CSV column of the start timestamp of interval events." };

    public Option<string?> Resource { get; } = new("--resource") { HelpName = "COLUMN", Description = "CSV column of the resource." };

    public Option<string?> Group { get; } = new("--group") { HelpName = "COLUMN", Description = "CSV column of the group (organisation)." };

    public Option<string?> ObjectType { get; } = new("--object-type") { HelpName = "TYPE", Description = "OCEL: the object type whose objects are the cases." };

    public Option<bool> Progress { get; } = new("--progress") { Description = "Show a progress bar on stderr even when it is not a terminal." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Pm4PyCompat, Intervals, Case, Activity, Timestamp, StartTimestamp, Resource, Group, ObjectType, Progress })
            command.Options.Add(option);
    }

    public ReadOptions ToReadOptions(ParseResult parse, Action<long, long>? progress) => new()
    {
        Pm4PyCompat = parse.GetValue(Pm4PyCompat),
        Intervals = parse.GetValue(Intervals),
        ObjectType = parse.GetValue(ObjectType),
        Progress = progress,
        Columns = new CsvColumns
        {
            Case = parse.GetValue(Case),
            Activity = parse.GetValue(Activity),
            Timestamp = parse.GetValue(Timestamp),
            StartTimestamp = parse.GetValue(StartTimestamp),
            Resource = parse.GetValue(Resource),
            Group = parse.GetValue(Group),
        },
    };
}
