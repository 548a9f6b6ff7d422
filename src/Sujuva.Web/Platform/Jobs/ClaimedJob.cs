namespace Sujuva.Web.Platform.Jobs;

/// <summary>
/// A job as its handler sees it. FencingToken is larger than any earlier holder's: a handler that writes somewhere
/// else can refuse a write carrying a smaller one. Attempt counts from 1.
/// </summary>
public sealed record ClaimedJob(Guid Id, string Kind, string Key, string Payload, DateTime DueAt, long FencingToken, int Attempt);
