using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// The app's texts as its resource files hold them, so a test in Finnish or Swedish finds controls by the
/// names a user of that language sees, and can tell whether any English text is left on the page.
/// </summary>
internal sealed partial class UiTexts
{
    private readonly Dictionary<string, string> _texts;

    private UiTexts(Dictionary<string, string> texts) => _texts = texts;

    public static UiTexts Of(string language) => new(Read(language == "en" ? "Strings.resx" : $"Strings.{language}.resx"));

    public string this[string key] => _texts[key];

    public string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, _texts[key], arguments);

    /// <summary>
    /// What gives English away: the literal parts (between the placeholders) of each English text that is
    /// not the same in Finnish and Swedish, five characters or longer, as whole words; data the test itself
    /// named in English (its stage names) is left out, and so is a text that is some Finnish or Swedish text
    /// as a whole (the language menu names English in English on every page).
    /// </summary>
    public static IReadOnlyList<(string Key, Regex Pattern)> EnglishGivenAway(params string[] dataNames)
    {
        var (en, fi, sv) = (Read("Strings.resx"), Read("Strings.fi.resx"), Read("Strings.sv.resx"));
        var local = fi.Values.Concat(sv.Values).ToHashSet(StringComparer.Ordinal);
        var found = new List<(string, Regex)>();
        foreach (var (key, text) in en)
        {
            var others = $"{fi.GetValueOrDefault(key)}\n{sv.GetValueOrDefault(key)}";
            foreach (var part in Placeholder().Split(text).Select(p => p.Trim(' ', ':', '.', ',', '(', ')', '–', '·')))
            {
                if (part.Length < 5 || !part.Any(char.IsLetter) || others.Contains(part, StringComparison.Ordinal)) continue;
                if (local.Contains(part)) continue;
                if (dataNames.Contains(part, StringComparer.Ordinal)) continue;
                found.Add((key, new Regex($@"(?<!\p{{L}}){Regex.Escape(part)}(?!\p{{L}})", RegexOptions.CultureInvariant)));
            }
        }
        return found;
    }

    /// <summary>
    /// Fails naming each English text found in what the page shows or tells a screen reader (visible text,
    /// accessible names, titles, placeholders), and what the action was.
    /// </summary>
    public static async Task AssertNoEnglishAsync(IPage page, string after, params string[] dataNames)
    {
        var shown = await page.EvaluateAsync<string>("""
            () => [document.body.innerText,
                   ...[...document.querySelectorAll('[aria-label],[title],[placeholder]')]
                      .flatMap(e => ['aria-label', 'title', 'placeholder'].map(a => e.getAttribute(a)).filter(v => v))
                  ].join('\n')
            """);
        var english = EnglishGivenAway(dataNames)
            .Where(x => x.Pattern.IsMatch(shown))
            .Select(x => $"{x.Key}: \"{x.Pattern.Match(shown).Value}\"")
            .Distinct().ToList();
        if (english.Count > 0) await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("english-left-" + after.Replace(' ', '-')), FullPage = true });
        Assert.True(english.Count == 0, $"English after {after} at {page.Url}:\n{string.Join("\n", english)}");
    }

    private static Dictionary<string, string> Read(string file)
    {
        var path = Path.Combine(SourceDirectory(), "src", "Sujuva.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sujuva.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("The checkout (Sujuva.slnx) above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
