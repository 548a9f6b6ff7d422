namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// What a dot is put on. A target is a kind and an id, so another artefact (a sketch) becomes votable by adding its
/// kind here and its check to <see cref="CastVote"/>; a note is the one kind so far.
/// </summary>
public enum VoteTargetKind
{
    Note,
}
