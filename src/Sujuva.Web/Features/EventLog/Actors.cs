namespace Sujuva.Web.Features.EventLog;

/// <summary>Who acted when no staff user did: an event's actor is always set, and exports name these by role, not as a worker.</summary>
public static class Actors
{
    /// <summary>The client, through their own page (they have no account).</summary>
    public static readonly UserId Client = new(new Guid("00000000-0000-0000-0000-00000000c11e"));
}
