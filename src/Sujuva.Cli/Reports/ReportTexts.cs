using System.Globalization;

namespace Sujuva.Cli.Reports;

/// <summary>
/// The HTML report's words, numbers and durations in Finnish, Swedish or English (`analyze --lang`).
/// Finnish is the default, as in the web app; activity names are the log's own and are never translated.
/// </summary>
internal sealed class ReportTexts
{
    public const string Default = "fi";

    public static readonly string[] Languages = ["fi", "sv", "en"];

    // Key: English text → Finnish, Swedish. English is the key itself, so a text cannot be missing in it.
    private static readonly Dictionary<string, (string Fi, string Sv)> Translations = new(StringComparer.Ordinal)
    {
        ["process report"] = ("prosessiraportti", "processrapport"),
        ["Cases"] = ("Asiakkuudet", "Ärenden"),
        ["Events"] = ("Tapahtumat", "Händelser"),
        ["Activities"] = ("Toiminnot", "Aktiviteter"),
        ["Activity"] = ("Toiminto", "Aktivitet"),
        ["Variants"] = ("Variantit", "Varianter"),
        ["Median case duration"] = ("Asiakkuuden kesto, mediaani", "Ärendets längd, median"),
        ["85th percentile"] = ("85. persentiili", "85:e percentilen"),
        ["95th percentile"] = ("95. persentiili", "95:e percentilen"),
        ["From"] = ("Alkaen", "Från"),
        ["To"] = ("Päättyen", "Till"),
        ["Process map"] = ("Prosessikartta", "Processkarta"),
        ["Boxes: events per activity. Arrows: how often one activity directly follows another, and the median time between them"] = (
            "Laatikot: tapahtumat toiminnoittain. Nuolet: kuinka usein toiminto seuraa suoraan toista, ja niiden välisen ajan mediaani",
            "Rutor: händelser per aktivitet. Pilar: hur ofta en aktivitet direkt följer en annan, och mediantiden mellan dem"),
        [" (the {0} most frequent of {1})"] = (" ({0} yleisintä, kaikkiaan {1})", " (de {0} vanligaste av {1})"),
        ["Case durations"] = ("Asiakkuuksien kestot", "Ärendenas längd"),
        ["Elapsed days from the first to the last event of each case."] = (
            "Kuluneet päivät kunkin asiakkuuden ensimmäisestä tapahtumasta viimeiseen.",
            "Förflutna dagar från varje ärendes första till sista händelse."),
        ["Top {0} variants"] = ("{0} yleisintä varianttia", "De {0} vanligaste varianterna"),
        ["Share"] = ("Osuus", "Andel"),
        ["Directly follows"] = ("Suorat seuraajat", "Direkta efterföljare"),
        ["Count"] = ("Määrä", "Antal"),
        ["Median"] = ("Mediaani", "Median"),
        ["Mean"] = ("Keskiarvo", "Medelvärde"),
        ["Min"] = ("Pienin", "Minsta"),
        ["Max"] = ("Suurin", "Största"),
        ["Starts cases"] = ("Aloittaa asiakkuuksia", "Inleder ärenden"),
        ["Ends cases"] = ("Päättää asiakkuuksia", "Avslutar ärenden"),
        ["Median wait before"] = ("Odotus ennen, mediaani", "Väntan före, median"),
        ["Median service time"] = ("Palveluaika, mediaani", "Servicetid, median"),
        ["median"] = ("mediaani", "median"),
        ["Case duration histogram"] = ("Asiakkuuksien kestojen histogrammi", "Histogram över ärendenas längd"),
        ["{0} cases"] = ("{0} asiakkuutta", "{0} ärenden"),
        ["d"] = ("pv", "d"),
    };

    private ReportTexts(string language, CultureInfo culture) => (Language, Culture) = (language, culture);

    public string Language { get; }

    /// <summary>Numbers as written in Finland (fi-FI, sv-FI) or in British English.</summary>
    public CultureInfo Culture { get; }

    public static ReportTexts For(string language) => language switch
    {
        "fi" => new("fi", CultureInfo.GetCultureInfo("fi-FI")),
        "sv" => new("sv", CultureInfo.GetCultureInfo("sv-FI")),
        "en" => new("en", CultureInfo.GetCultureInfo("en-GB")),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "One of: fi, sv, en."),
    };

    /// <summary>The text in the report's language; an English text without a translation is a bug the tests catch.</summary>
    public string this[string english] => Language switch
    {
        "fi" => Translations[english].Fi,
        "sv" => Translations[english].Sv,
        _ => Translations.ContainsKey(english) ? english : throw new KeyNotFoundException(english),
    };

    public string Format(string english, params object[] arguments) => string.Format(Culture, this[english], arguments);

    public static IEnumerable<string> AllEnglish => Translations.Keys;

    public string Count(long n) => n.ToString("N0", Culture);

    /// <summary>As <see cref="Durations.Format"/>, with the language's decimal mark and day unit.</summary>
    public string Duration(double seconds)
    {
        var sign = seconds < 0 ? "−" : "";
        var s = Math.Abs(seconds);
        var text = s switch
        {
            < 60 => string.Create(Culture, $"{s:0.###} s"),
            < 3600 => string.Create(Culture, $"{s / 60:0.#} min"),
            < 86400 => string.Create(Culture, $"{s / 3600:0.#} h"),
            _ => string.Create(Culture, $"{s / 86400:0.#} {this["d"]}"),
        };
        return sign + text;
    }

    /// <summary>Elapsed days with one decimal at most, as the histogram labels them.</summary>
    public string Days(double days) => string.Create(Culture, $"{days:0.#} {this["d"]}");
}
