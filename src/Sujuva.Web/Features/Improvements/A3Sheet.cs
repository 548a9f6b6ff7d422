namespace Sujuva.Web.Features.Improvements;

/// <summary>The six fishbone categories (Ishikawa's 6 M's, in the words of a service).</summary>
public enum FishboneCategory
{
    People,
    Methods,
    Tools,
    Environment,
    Measurement,
    Policies,
}

/// <summary>One cause on the fishbone.</summary>
public sealed record FishboneCause(FishboneCategory Category, string Text);

/// <summary>A countermeasure; Experiment is the improvement started to try it, if any.</summary>
public sealed record Countermeasure(Guid Id, string Text, string? Evaluation, Guid? Experiment);

/// <summary>
/// An item of an implementation or action plan: what, who, by when, and whether it is done. The action-plan
/// feature uses the same item.
/// </summary>
public sealed record ActionItem(Guid Id, string Text, Guid? OwnerId, DateOnly? Due, DateTime? DoneAt)
{
    public bool Done => DoneAt is not null;
}

/// <summary>
/// The A3's own sections (METRICS.md §9); the title, owner and date are the improvement's, the current condition
/// and the effect confirmation also come from live figures (A3Figures). Each 5-whys chain lists its whys in order.
/// </summary>
public sealed record A3Sheet(
    DateOnly StartDate,
    string? Background,
    string? CurrentCondition,
    string? TargetCondition,
    IReadOnlyList<IReadOnlyList<string>> FiveWhys,
    IReadOnlyList<FishboneCause> Fishbone,
    IReadOnlyList<Countermeasure> Countermeasures,
    IReadOnlyList<ActionItem> Plan,
    string? EffectConfirmation,
    string? FollowUp)
{
    public static A3Sheet Empty(DateOnly start) => new(start, null, null, null, [], [], [], [], null, null);
}
