namespace Sujuva.Web.Features.Feedback;

// Kept beside the feature until Features/Ids.cs takes them (one line each there).
public readonly record struct FeedbackLinkId(Guid Value) : IEntityId;
public readonly record struct FeedbackAnswerId(Guid Value) : IEntityId;
