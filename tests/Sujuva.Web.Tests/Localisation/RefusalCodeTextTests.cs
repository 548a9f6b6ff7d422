using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sujuva.Web.Tests.Localisation;

/// <summary>
/// Every refusal and problem code is a resource key with a text, so a page never shows a raw code such as
/// "Cases.NotYourTeam" (Finnish and Swedish follow from <see cref="ResourceCompletenessTests"/>).
/// </summary>
public sealed partial class RefusalCodeTextTests
{
    // Codes that are single words, made in Platform/Refusal.cs and Problems.cs.
    private static readonly string[] WordCodes = ["NotFound", "EditConflict", "Forbidden"];

    [Fact]
    public void EveryRefusalCode_HasAText()
    {
        var root = SourceTree.Root;
        var known = XDocument.Load(Path.Combine(root, "src", "Sujuva.Web", "Resources", "Strings.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src", "Sujuva.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("Migrations", StringComparison.Ordinal))
            .SelectMany(f => Refusing().Matches(File.ReadAllText(f))
                .SelectMany(call => DottedCode().Matches(call.Value).Select(code => (File: Path.GetFileName(f), Code: code.Groups[1].Value))))
            .Concat(WordCodes.Select(c => (File: "Refusal.cs", Code: c)))
            .ToList();

        Assert.True(codes.Count > 50, $"only {codes.Count} codes found: the pattern no longer matches how refusals are written");
        Assert.Empty(codes.Where(c => !known.Contains(c.Code)).Select(c => $"{c.File}: {c.Code}").Distinct());
    }


    // A call that makes a refusal or a problem, or swaps a refusal's code, up to the end of its statement.
    [GeneratedRegex(@"(Refusal\.\w+\s*\(|new Refusal\s*\(|Problems\.\w+\s*\(|new Broken\s*\(|Code\s*=\s*"")[^;]*", RegexOptions.Singleline)]
    private static partial Regex Refusing();

    [GeneratedRegex(@"""([A-Z][A-Za-z]+\.[A-Z][A-Za-z.]*[A-Za-z])""")]
    private static partial Regex DottedCode();
}
