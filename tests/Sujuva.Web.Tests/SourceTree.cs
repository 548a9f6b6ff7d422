namespace Sujuva.Web.Tests;

/// <summary>The checkout the tests run from, for tests that read the project's own files (resources, pages, docs).</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string Web => Path.Combine(Root, "src", "Sujuva.Web");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sujuva.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Sujuva.slnx not found above " + AppContext.BaseDirectory);
    }
}
