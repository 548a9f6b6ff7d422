using System.Security;
using Sujuva.Analytics.Readers;

namespace Sujuva.Cli.Commands;

/// <summary>Turns what can go wrong with the user's input into one line on stderr and exit code 2, never a stack trace.</summary>
internal static class BadInput
{
    public const int ExitCode = 2;

    public static int Run(CliContext context, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (EventLogFormatException e)
        {
            return Fail(context, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException)
        {
            return Fail(context, e.Message);
        }
    }

    public static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine($"sujuva: {message.ReplaceLineEndings(" ")}");
        return ExitCode;
    }
}
