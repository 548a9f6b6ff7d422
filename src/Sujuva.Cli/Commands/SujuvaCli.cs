using System.CommandLine;
using System.Text;

namespace Sujuva.Cli.Commands;

/// <summary>The `sujuva` command line. Parse errors are bad input too: one line on stderr and exit code 2.</summary>
internal static class SujuvaCli
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Sujuva: process mining and flow metrics on event logs.");
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return BadInput.Fail(context, $"{parse.Errors[0].Message} (see sujuva --help)");
        }
        using var output = new StreamWriter(context.Output, new UTF8Encoding(false), 4096, leaveOpen: true);
        var exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = context.Error });
        output.Flush();
        return exit;
    }
}
