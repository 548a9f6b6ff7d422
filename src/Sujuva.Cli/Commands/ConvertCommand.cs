using System.CommandLine;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Writers;

namespace Sujuva.Cli.Commands;

/// <summary>`sujuva convert IN OUT`: between CSV, XES (.xes, .xes.gz) and OCEL 2.0 JSON, by file extension.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("IN") { Description = "The log to read (.csv, .xes, .xes.gz, .jsonocel/.json)." };
        var to = new Argument<string>("OUT") { Description = "The file to write; its extension gives the format." };
        var input = new InputOptions();
        var command = new Command("convert", "Convert an event log between CSV, XES and OCEL 2.0 JSON (formats from the file extensions).");
        command.Arguments.Add(from);
        command.Arguments.Add(to);
        input.AddTo(command);
        command.SetAction(parse => BadInput.Run(context, () =>
        {
            var log = LogInput.Read(parse.GetValue(from)!, input, parse, context);
            var target = parse.GetValue(to)!;
            EventLogFiles.Write(log, target);
            // A conversion that drops something says so (docs/cli.md, "What each format keeps").
            foreach (var lost in FormatLimits.Lost(log, EventLogFiles.FormatOf(target))) context.Error.WriteLine($"sujuva: note: {lost}");
            return 0;
        }));
        return command;
    }
}
