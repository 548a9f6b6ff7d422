namespace Sujuva.Web.Platform;

/// <summary>Why an operation said no; Problems maps each kind to its one HTTP status.</summary>
public enum RefusalKind
{
    /// <summary>The request names something malformed or unknown: 400.</summary>
    Invalid,

    /// <summary>A well-formed request that a domain rule refuses: 422.</summary>
    Rule,

    /// <summary>It does not exist or the user may not see it (the two are not told apart): 404.</summary>
    NotFound,

    /// <summary>The user sees it but may not do this: 403.</summary>
    Forbidden,

    /// <summary>The request is stale or was already done (an edit conflict, a second answer): 409.</summary>
    Conflict,

    /// <summary>What was sent is larger than the app stores (an uploaded file over its limit): 413.</summary>
    TooLarge,

    /// <summary>The app has too much in progress to take this now; the same request may succeed later: 503.</summary>
    Busy,
}

/// <summary>
/// Why an operation refused a request, naming the request field it is about. Code is stable (the API's problem
/// code and the pages' resource key); Message is the English fallback; Title, when given, heads the problem
/// instead of the kind's general one.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Field, string Code, string Message, string? Title = null)
{
    public static Refusal Invalid(string field, string code, string message) =>
        new(RefusalKind.Invalid, field, code, message);

    public static Refusal Rule(string field, string code, string message) =>
        new(RefusalKind.Rule, field, code, message);

    public static Refusal NotFound(string field) =>
        new(RefusalKind.NotFound, field, "NotFound", "It does not exist or you may not see it.");

    public static Refusal Forbidden(string field, string code, string message) =>
        new(RefusalKind.Forbidden, field, code, message);

    /// <summary>The version sent is not the stored one, or a concurrent change won the save.</summary>
    public static Refusal EditConflict() =>
        new(RefusalKind.Conflict, "version", "EditConflict", "The version you sent is stale: reload and try again.");

    public static Refusal Conflict(string field, string code, string message, string? title = null) =>
        new(RefusalKind.Conflict, field, code, message, title);

    public static Refusal Busy(string field, string code, string message, string? title = null) =>
        new(RefusalKind.Busy, field, code, message, title);
}
