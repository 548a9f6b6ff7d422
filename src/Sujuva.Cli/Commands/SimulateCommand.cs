using System.CommandLine;
using System.Globalization;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Cli.Commands;

/// <summary>
/// `sujuva simulate OUT`: the demo network's simulator at any size, written as an event log
/// (format from the extension), for load and scale tests and for trying the analyses.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new SimulationOptions();
        var output = new Argument<string>("OUT") { Description = "The log to write (.csv, .xes, .xes.gz, .jsonocel)." };
        var clients = new Option<int>("--clients") { Description = "Clients arriving over the period.", DefaultValueFactory = _ => defaults.Clients, HelpName = "N" };
        var months = new Option<int>("--months") { Description = "Months of history.", DefaultValueFactory = _ => defaults.Months, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same log.", DefaultValueFactory = _ => defaults.Seed, HelpName = "N" };
        var start = new Option<string?>("--start") { Description = "First day (UTC, yyyy-MM-dd); default 2025-01-01.", HelpName = "DATE" };
        var command = new Command("simulate", "Simulate the demo network (any size) and write its event log.");
        command.Arguments.Add(output);
        command.Options.Add(clients);
        command.Options.Add(months);
        command.Options.Add(seed);
        command.Options.Add(start);
        command.SetAction(parse => BadInput.Run(context, () =>
        {
            var options = defaults with
            {
                Clients = Positive(parse.GetValue(clients), "--clients"),
                Months = Positive(parse.GetValue(months), "--months"),
                Seed = parse.GetValue(seed),
                StartUtc = StartOf(parse.GetValue(start)) ?? defaults.StartUtc,
            };
            var network = NetworkSimulator.Run(options);
            var log = SimulatedEventLog.From(network);
            EventLogFiles.Write(log, parse.GetValue(output)!);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sujuva: simulated {network.Clients.Count:N0} clients, {log.CaseCount:N0} cases, {log.EventCount:N0} events"));
            return 0;
        }));
        return command;
    }

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new ArgumentException($"{option} must be a positive number, not {value}.");

    private static DateTime? StartOf(string? text)
    {
        if (text is null) return null;
        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day)
            ? DateTime.SpecifyKind(day, DateTimeKind.Utc)
            : throw new ArgumentException($"--start must be a date as yyyy-MM-dd, not '{text}'.");
    }
}
