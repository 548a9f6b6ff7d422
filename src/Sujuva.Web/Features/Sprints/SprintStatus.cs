namespace Sujuva.Web.Features.Sprints;

/// <summary>Planned until the facilitator starts the first exercise; closed with its decisions.</summary>
public enum SprintStatus
{
    Planned,
    Running,
    Closed,
}
