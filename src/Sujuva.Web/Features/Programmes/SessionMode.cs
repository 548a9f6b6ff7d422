namespace Sujuva.Web.Features.Programmes;

/// <summary>How a session is held: remotely with a video link, in person at a place, or as the client prefers.</summary>
public enum SessionMode
{
    Remote,
    InPerson,
    Either,
}
