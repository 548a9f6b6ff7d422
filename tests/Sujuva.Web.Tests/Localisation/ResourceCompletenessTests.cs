using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sujuva.Web.Tests.Localisation;

/// <summary>Every text exists in Finnish, Swedish and English, and every key the pages ask for exists.</summary>
public sealed partial class ResourceCompletenessTests
{
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public void Translation_HasExactlyTheEnglishKeys_NoneEmpty(string language)
    {
        var english = Keys("Strings.resx");
        var translated = Keys($"Strings.{language}.resx");

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.DoesNotContain(translated, kv => string.IsNullOrWhiteSpace(kv.Value));
    }

    [Fact]
    public void Pages_AskOnlyForKeysThatExist()
    {
        var known = Keys("Strings.resx").Keys.ToHashSet();
        var used = Directory.EnumerateFiles(Path.Combine(SourceTree.Web, "Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)));

        Assert.Empty(used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(SourceTree.Web, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");


    // T["Some.Key"] with a literal key (interpolated keys such as Outcome.{x} are checked by their own tests).
    [GeneratedRegex("""T\["([A-Za-z]+\.[A-Za-z.]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
