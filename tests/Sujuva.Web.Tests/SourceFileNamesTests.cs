using System.Text.RegularExpressions;

namespace Sujuva.Web.Tests;

/// <summary>
/// A newcomer finds a type by its name: every .cs file under src/ holds a type named like the file (`Case.cs`),
/// a partial's part is `Type.Part.cs` (`Case.Lifecycle.cs`), a component's code is `Page.razor.cs`, and every public
/// static class (an operation, a setup, a helper) has its own file. A few files group small records of one kind
/// (ids, event payloads, views, EF mappings) and are listed here with why.
/// </summary>
public sealed partial class SourceFileNamesTests
{
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["Sujuva.Web/Features/Ids.cs"] = "every entity id, one line each",
        ["Sujuva.Web/Features/Feedback/FeedbackIds.cs"] = "the feedback entities' ids",
        ["Sujuva.Web/Features/EventLog/CaseEvents.cs"] = "the case events' payload records",
        ["Sujuva.Web/Features/EventLog/ClientEvents.cs"] = "the client events' payload records",
        ["Sujuva.Web/Features/EventLog/ReferralEvents.cs"] = "the referral events' payload records",
        ["Sujuva.Web/Features/EventLog/NetworkEvents.cs"] = "the network structure's payload records",
        ["Sujuva.Web/Features/EventLog/ImprovementEvents.cs"] = "the improvement events' payload records",
        ["Sujuva.Web/Features/EventLog/ProgrammeEvents.cs"] = "the coaching programmes' payload records",
        ["Sujuva.Web/Features/EventLog/SprintEvents.cs"] = "the design sprints' payload records",
        ["Sujuva.Web/Features/Sprints/SprintRequests.cs"] = "the sprint API's requests",
        ["Sujuva.Web/Features/Improvements/ImprovementRequests.cs"] = "the improvement API's requests",
        ["Sujuva.Web/Features/Network/NetworkViews.cs"] = "the network API's views",
        ["Sujuva.Web/Features/Forecasts/ForecastViews.cs"] = "the forecast API's views",
        ["Sujuva.Web/Features/Network/NetworkConfiguration.cs"] = "the network entities' EF mappings",
        ["Sujuva.Web/Features/Feedback/FeedbackConfiguration.cs"] = "the feedback entities' EF mappings",
        ["Sujuva.Web/Features/Pulse/PulseConfiguration.cs"] = "the pulse entities' EF mappings",
        ["Sujuva.Web/Data/DesignTimeFactories.cs"] = "the two providers' design-time factories for dotnet ef",
        ["Sujuva.Analytics/Simulation/SimState.cs"] = "the simulator's state records",
        ["Sujuva.Web/Program.cs"] = "the composition root",
        ["Sujuva.Cli/Program.cs"] = "the CLI's entry point",
    };

    [Fact]
    public void EverySourceFile_HoldsATypeOfItsName()
    {
        var files = SourceFiles().ToList();
        var misnamed = files
            .Where(f => !Groups.ContainsKey(f.Relative) && !TopLevelTypes(f.Text).Contains(TypeNameOf(f.Relative)))
            .Select(f => $"{f.Relative} holds {string.Join(", ", TopLevelTypes(f.Text))}")
            .ToList();

        Assert.True(files.Count > 300, $"only {files.Count} source files found");
        Assert.Contains(files, f => f.Relative.EndsWith("Features/Cases/Case.Lifecycle.cs", StringComparison.Ordinal));
        Assert.Empty(misnamed);
    }

    [Fact]
    public void EveryPublicStaticClass_HasItsOwnFile()
    {
        var elsewhere = SourceFiles()
            .SelectMany(f => PublicStaticClass().Matches(f.Text).Select(m => m.Groups["name"].Value)
                .Where(name => name != TypeNameOf(f.Relative))
                .Select(name => $"{name} is in {f.Relative}"))
            .ToList();

        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Groups_StillExist()
    {
        var files = SourceFiles().Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);

        Assert.All(Groups.Keys, group => Assert.Contains(group, files));
    }

    /// <summary>`Case.cs`, `Case.Lifecycle.cs` and `Case.razor.cs` are all about `Case`.</summary>
    private static string TypeNameOf(string relative) => Path.GetFileName(relative).Split('.')[0];

    private static HashSet<string> TopLevelTypes(string text) =>
        TopLevelType().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Relative, string Text)> SourceFiles()
    {
        var src = Path.Combine(SourceTree.Root, "src");
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}Migrations{separator}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(src, f).Replace(separator, '/'), File.ReadAllText(f)));
    }

    // File-scoped namespaces: a top-level type starts its line; nested types are indented.
    [GeneratedRegex(@"^(?:\[[^\]\r\n]*\]\s*)*(?:(?:public|internal|sealed|static|abstract|partial|readonly|file|ref)\s+)*(?:class|struct|interface|enum|record(?:\s+struct|\s+class)?)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"^public\s+static\s+(?:partial\s+)?class\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicStaticClass();
}
