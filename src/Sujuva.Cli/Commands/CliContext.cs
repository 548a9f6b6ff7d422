namespace Sujuva.Cli.Commands;

/// <summary>Where a command writes: the process's streams, or test doubles for in-process tests.</summary>
internal sealed record CliContext(Stream Output, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliContext ForConsole() =>
        new(Console.OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected);
}
