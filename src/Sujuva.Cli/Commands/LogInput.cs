using System.CommandLine;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Cli.Commands;

/// <summary>Reads the input log with the progress bar when wanted.</summary>
internal static class LogInput
{
    public static EventLog Read(string path, InputOptions input, ParseResult parse, CliContext context)
    {
        var forced = parse.GetValue(input.Progress);
        var bar = forced || context.ErrorIsTerminal ? new ProgressBar(context.Error, forced) : null;
        try
        {
            return EventLogFiles.Read(path, input.ToReadOptions(parse, bar is null ? null : bar.Report));
        }
        finally
        {
            bar?.Done();
        }
    }
}
