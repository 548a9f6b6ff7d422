namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// What a sprint decides about a solution (METRICS.md §9): adopt it (a programme template or a change of a board's
/// stages), test it further (an experiment of the improvements feature), or drop it, with the reason.
/// </summary>
public enum DecisionKind
{
    Adopt,
    TestFurther,
    Drop,
}
