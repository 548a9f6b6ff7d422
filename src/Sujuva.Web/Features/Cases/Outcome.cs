namespace Sujuva.Web.Features.Cases;

/// <summary>How a case ended.</summary>
public enum Outcome
{
    GoalReached,
    Employed,
    Studying,
    ReferredOnward,
    Withdrew,
    Other,
}
