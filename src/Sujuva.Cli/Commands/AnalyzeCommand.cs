using System.CommandLine;
using System.Text;
using Sujuva.Analytics.ProcessMining;
using Sujuva.Cli.Reports;

namespace Sujuva.Cli.Commands;

/// <summary>`sujuva analyze LOG`: every process-mining figure of a log as text, JSON or one HTML file.</summary>
internal static class AnalyzeCommand
{
    public const string Help = """
        Analyse an event log (CSV, XES, XES.GZ or OCEL 2.0 JSON): cases, events, activities, start and
        end activities, the directly-follows graph with frequency and times, variants, case durations,
        service and waiting times. Durations are exact seconds.

        Two reading modes:
          default          Timestamps are exact UTC: XES offsets are converted. Each case's events are
                           ordered by (start, timestamp), ties in file order.
          --pm4py-compat   As PM4Py 2.7's read_xes: an XES offset is dropped, not converted (13:45+02:00
                           reads as 13:45 UTC), and events keep file order. Start/end activities,
                           variants and case durations then follow file order; the directly-follows
                           graph still sorts each case by time. Figures match PM4Py to the millisecond.
        By default every event counts whatever its lifecycle transition (as PM4Py); --intervals pairs
        start/complete first, giving service times (complete − start) and waits (complete → next start).
        """;

    public static Command Create(CliContext context)
    {
        var log = new Argument<string>("LOG") { Description = "The event log file." };
        var format = new Option<string>("--format")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var output = new Option<string?>("--out") { HelpName = "FILE", Description = "Write the report to this file instead of stdout." };
        var top = new Option<int>("--top-variants")
        {
            HelpName = "N",
            Description = "How many of the most frequent variants to list (all when more than there are).",
            DefaultValueFactory = _ => 20,
        };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--top-variants must be 0 or more.");
        });
        var language = new Option<string>("--lang")
        {
            HelpName = "fi|sv|en",
            Description = "Language of the HTML report (default fi, as the web app).",
            DefaultValueFactory = _ => ReportTexts.Default,
        };
        language.AcceptOnlyFromAmong(ReportTexts.Languages);
        var input = new InputOptions();

        var command = new Command("analyze", Help);
        command.Arguments.Add(log);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(top);
        command.Options.Add(language);
        input.AddTo(command);
        command.SetAction(parse => BadInput.Run(context, () =>
        {
            var path = parse.GetValue(log)!;
            var report = ProcessReport.Of(LogInput.Read(path, input, parse, context));
            var target = parse.GetValue(output);
            using var file = target is null ? null : File.Create(target);
            var stream = file ?? context.Output;
            Write(stream, report, parse.GetValue(format)!, parse.GetValue(top), Path.GetFileName(path),
                ReportTexts.For(parse.GetValue(language)!));
            stream.Flush();
            return 0;
        }));
        return command;
    }

    private static void Write(Stream stream, ProcessReport report, string format, int top, string title, ReportTexts texts)
    {
        if (format == "json")
        {
            JsonReport.Write(stream, report, top);
            stream.WriteByte((byte)'\n');
            return;
        }
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        if (format == "html") HtmlReport.Write(writer, report, title, top, texts);
        else TextReport.Write(writer, report, top);
    }
}
