using Sujuva.Cli.Commands;

return SujuvaCli.Run(args, CliContext.ForConsole());
