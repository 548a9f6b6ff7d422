namespace Sujuva.Web.Features.Programmes;

/// <summary>A job: send the client a single-use feedback link about a session they attended.</summary>
public sealed record SessionFeedbackRequest(Guid SessionId, Guid CaseId);
