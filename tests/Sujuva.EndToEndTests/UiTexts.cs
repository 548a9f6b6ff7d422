using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

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
    /// named in English (its stage names) is left out.
    /// </summary>
    public static IReadOnlyList<(string Key, Regex Pattern)> EnglishGivenAway(params string[] dataNames)
    {
        var (en, fi, sv) = (Read("Strings.resx"), Read("Strings.fi.resx"), Read("Strings.sv.resx"));
        var found = new List<(string, Regex)>();
        foreach (var (key, text) in en)
        {
            var others = $"{fi.GetValueOrDefault(key)}\n{sv.GetValueOrDefault(key)}";
            foreach (var part in Placeholder().Split(text).Select(p => p.Trim(' ', ':', '.', ',', '(', ')', '–', '·')))
            {
                if (part.Length < 5 || !part.Any(char.IsLetter) || others.Contains(part, StringComparison.Ordinal)) continue;
                if (dataNames.Contains(part, StringComparer.Ordinal)) continue;
                found.Add((key, new Regex($@"(?<!\p{{L}}){Regex.Escape(part)}(?!\p{{L}})", RegexOptions.CultureInvariant)));
            }
        }
        return found;
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
