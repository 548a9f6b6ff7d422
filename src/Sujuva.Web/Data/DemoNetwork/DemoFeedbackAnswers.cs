using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// How a client tends to rate: most services well, the rehabilitative service poorly while its queue is long; a coaching
/// session held remotely a little better than one at the office, which many clients travel far to.
/// </summary>
public enum FeedbackMood
{
    Usual,
    LongQueue,
    Declined,
    InPersonSession,
    RemoteSession,
}

/// <summary>Invented answers: ratings mostly 4–5, a recommendation for most, and a few short, plain comments.</summary>
public static class DemoFeedbackAnswers
{
    // Cumulative shares of ratings 5, 4, 3, 2 (the rest is 1) per mood.
    private static readonly double[] Usual = [0.50, 0.82, 0.94, 0.98];
    private static readonly double[] LongQueue = [0.18, 0.46, 0.74, 0.91];
    private static readonly double[] Declined = [0.12, 0.36, 0.66, 0.87];
    private static readonly double[] InPersonSession = [0.34, 0.70, 0.88, 0.95];
    private static readonly double[] RemoteSession = [0.50, 0.86, 0.96, 0.99];

    /// <summary>Answer languages: Finnish, some Swedish, a little English.</summary>
    private static readonly (string Language, double Share)[] Languages = [("fi", 0.86), ("sv", 0.09), ("en", 0.05)];

    private static readonly Dictionary<string, string[][]> Comments = new(StringComparer.Ordinal)
    {
        // Index 0: good (4–5), 1: so-so (3), 2: poor (1–2).
        ["fi"] =
        [
            ["Kiitos avusta!", "Sain hyvää ohjausta ja tukea.", "Ystävällinen ja asiantunteva työntekijä.", "Tapaamiset auttoivat paljon.", "Hyvä kokemus kaiken kaikkiaan."],
            ["Ihan ok, mutta odotin pitkään.", "Tietoa olisi voinut saada enemmän.", "Osa tapaamisista peruuntui."],
            ["Jonotus kesti liian kauan.", "En saanut apua siihen mitä tarvitsin.", "Yhteydenottoihin vastattiin hitaasti."],
        ],
        ["sv"] =
        [
            ["Tack för hjälpen!", "Bra stöd och vänligt bemötande.", "Mötena hjälpte mig mycket."],
            ["Okej, men väntetiden var lång.", "Jag hade velat få mer information."],
            ["Jag väntade alldeles för länge.", "Jag fick inte den hjälp jag behövde."],
        ],
        ["en"] =
        [
            ["Thank you for the help!", "Friendly and helpful staff.", "The meetings helped me a lot."],
            ["Okay, but the wait was long.", "I would have liked more information."],
            ["The waiting time was far too long.", "I did not get the help I needed."],
        ],
    };

    /// <summary>Comments after one coaching session, by how it was held: index 0 good, 1 so-so, 2 poor, as above.</summary>
    private static readonly Dictionary<string, string[][]> InPersonComments = new(StringComparer.Ordinal)
    {
        ["fi"] =
        [
            ["Hyvä tapaaminen, sain vinkkejä hakemukseen.", "Valmentaja kuunteli ja ymmärsi tilanteeni.", "Tapaaminen auttoi eteenpäin."],
            ["Hyödyllinen, mutta matka toimistolle on pitkä.", "Aika tuntui lyhyeltä."],
            ["Bussimatka tapaamiseen vei puoli päivää.", "En saanut tapaamisesta paljon irti."],
        ],
        ["sv"] = [["Bra möte, jag fick tips om ansökan."], ["Nyttigt, men resan till kontoret är lång."], ["Resan till mötet tog en halv dag."]],
        ["en"] = [["A good meeting, I got tips for my application."], ["Useful, but the trip to the office is long."], ["Getting to the meeting took half a day."]],
    };

    private static readonly Dictionary<string, string[][]> RemoteComments = new(StringComparer.Ordinal)
    {
        ["fi"] =
        [
            ["Etätapaaminen sopi minulle hyvin.", "Kätevää, kun ei tarvinnut lähteä kotoa.", "Sain hyviä vinkkejä työnhakuun."],
            ["Ihan hyvä, mutta yhteys pätki välillä.", "Kasvokkain olisi ollut helpompi puhua."],
            ["Videoyhteys ei toiminut kunnolla.", "En saanut tapaamisesta paljon irti."],
        ],
        ["sv"] = [["Distansmötet passade mig bra."], ["Bra, men förbindelsen hackade ibland."], ["Videoförbindelsen fungerade inte."]],
        ["en"] = [["The remote meeting suited me well."], ["Fine, but the connection kept breaking up."], ["The video link did not work properly."]],
    };

    public static FeedbackMood MoodFor(string serviceKey, bool afterImprovement) =>
        serviceKey == DemoServices.RehabilitativeWorkActivity && !afterImprovement ? FeedbackMood.LongQueue : FeedbackMood.Usual;

    public static FeedbackSubmission Draw(Random random, FeedbackMood mood)
    {
        ArgumentNullException.ThrowIfNull(random);
        var shares = mood switch
        {
            FeedbackMood.LongQueue => LongQueue, FeedbackMood.Declined => Declined, FeedbackMood.InPersonSession => InPersonSession,
            FeedbackMood.RemoteSession => RemoteSession, _ => Usual,
        };
        var draw = random.NextDouble();
        var rating = 5 - shares.Count(share => draw >= share);
        // Recommendation (0–10) follows the rating with some spread; about a third leave it empty.
        int? recommendation = random.NextDouble() < 0.65 ? Math.Clamp(rating * 2 + random.Next(-2, 2), 0, 10) : null;
        var language = Pick(random);
        var table = mood switch { FeedbackMood.InPersonSession => InPersonComments, FeedbackMood.RemoteSession => RemoteComments, _ => Comments };
        var comments = table[language][rating >= 4 ? 0 : rating == 3 ? 1 : 2];
        var comment = random.NextDouble() < 0.2 ? comments[random.Next(comments.Length)] : null;
        return new FeedbackSubmission(rating, recommendation, comment, language);
    }

    /// <summary>
    /// An answer with a comment, in Finnish or Swedish (the languages the demo's stand-up is shown in), for the
    /// answers of the last working day that the team's stand-up reads out.
    /// </summary>
    public static FeedbackSubmission DrawWithComment(Random random, FeedbackMood mood)
    {
        var drawn = Draw(random, mood);
        var language = random.NextDouble() < 0.8 ? "fi" : "sv";
        var comments = Comments[language][drawn.Rating >= 4 ? 0 : drawn.Rating == 3 ? 1 : 2];
        return drawn with { Comment = comments[random.Next(comments.Length)], Language = language };
    }

    private static string Pick(Random random)
    {
        var draw = random.NextDouble();
        foreach (var (language, share) in Languages)
            if ((draw -= share) < 0) return language;
        return "fi";
    }
}
