namespace Sujuva.Analytics.Charts;

/// <summary>
/// The stable names of the signal rules, as the API returns them ("runs", "sigma", "we2", "nelson3"): the web maps
/// them to localised texts, a CSV column lists them.
/// </summary>
public static class SignalNames
{
    private static readonly (ChartRules Rule, string Name)[] Names =
    [
        (ChartRules.Anhoj, "runs"),
        (ChartRules.Sigma3, "sigma"),
        (ChartRules.WesternElectric1, "we1"),
        (ChartRules.WesternElectric2, "we2"),
        (ChartRules.WesternElectric3, "we3"),
        (ChartRules.WesternElectric4, "we4"),
        (ChartRules.Nelson1, "nelson1"),
        (ChartRules.Nelson2, "nelson2"),
        (ChartRules.Nelson3, "nelson3"),
        (ChartRules.Nelson4, "nelson4"),
        (ChartRules.Nelson5, "nelson5"),
        (ChartRules.Nelson6, "nelson6"),
        (ChartRules.Nelson7, "nelson7"),
        (ChartRules.Nelson8, "nelson8"),
    ];

    /// <summary>The names of the rules set in <paramref name="signals"/>, in the order of <see cref="ChartRules"/>.</summary>
    public static IReadOnlyList<string> Of(ChartRules signals) =>
        [.. Names.Where(n => (signals & n.Rule) != 0).Select(n => n.Name)];

    /// <summary>The rules named, for a request's "rules=we,nelson" or a single rule's name; null for an unknown name.</summary>
    public static ChartRules? Parse(string name) => name switch
    {
        "default" => ChartRules.Default,
        "we" => ChartRules.WesternElectric,
        "nelson" => ChartRules.Nelson,
        _ => Names.Where(n => n.Name == name).Select(n => (ChartRules?)n.Rule).FirstOrDefault(),
    };
}
