using System.Text;
using Sujuva.Cli.Commands;

namespace Sujuva.Cli.Tests;

/// <summary>Runs `sujuva` in-process and captures what it writes, plus a scratch folder for fixtures.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sujuva-cli-");

    public const string Csv = """
        case,activity,timestamp
        c1,Register,2024-03-01T08:00:00Z
        c1,Assess,2024-03-01T09:00:00Z
        c1,Close,2024-03-01T10:00:00Z
        c2,Register,2024-03-02T08:00:00Z
        c2,Close,2024-03-02T08:30:00Z
        """;

    public string PathOf(string name) => Path.Combine(_folder.FullName, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n");
        return path;
    }

    public (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = SujuvaCli.Run(args, new CliContext(output, error, ErrorIsTerminal: false));
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
