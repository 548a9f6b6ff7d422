using Microsoft.AspNetCore.Http.HttpResults;

namespace Sujuva.Web.Platform;

/// <summary>
/// RFC 9457 problem details for every refusal. Each names the offending request field in
/// <c>errors</c> ({field: [messages]}) and gives a stable <c>code</c>. The one place a RefusalKind
/// becomes an HTTP status.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult BadField(string field, string code, string message) =>
        From(Refusal.Invalid(field, code, message));

    public static ProblemHttpResult NotFound(string field) => From(Refusal.NotFound(field));

    public static ProblemHttpResult EditConflict() => From(Refusal.EditConflict());

    public static ProblemHttpResult Forbidden(string field, string message) =>
        From(Refusal.Forbidden(field, "Forbidden", message));

    public static ProblemHttpResult From(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var (status, title) = StatusOf(refusal);
        return Create(status, refusal.Title ?? title, refusal.Field, refusal.Code, refusal.Message);
    }

    /// <summary>200 with the value, or the refusal's problem: an endpoint's whole answer to an operation.</summary>
    public static Results<Ok<T>, ProblemHttpResult> OkOr<T>(Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Refusal is { } refusal ? From(refusal) : TypedResults.Ok(outcome.Value);
    }

    /// <summary>204, or the problem of the refusal that stopped an operation that returns no value.</summary>
    public static Results<NoContent, ProblemHttpResult> NoContentOr(Refusal? refusal) =>
        refusal is null ? TypedResults.NoContent() : From(refusal);

    /// <summary>201 with the value at its address, or the refusal's problem.</summary>
    public static Results<Created<T>, ProblemHttpResult> CreatedOr<T>(Outcome<T> outcome, Func<T, string> location)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(location);
        return outcome.Refusal is { } refusal ? From(refusal) : TypedResults.Created(location(outcome.Value!), outcome.Value);
    }

    /// <summary>The status of each kind of refusal, with the problem's general title.</summary>
    public static (int Status, string Title) StatusOf(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Kind switch
        {
            RefusalKind.Invalid => (StatusCodes.Status400BadRequest, "A field is not valid."),
            RefusalKind.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            RefusalKind.Forbidden => (StatusCodes.Status403Forbidden, "Not allowed."),
            RefusalKind.Conflict => (StatusCodes.Status409Conflict, "Someone else changed this first."),
            RefusalKind.Busy => (StatusCodes.Status503ServiceUnavailable, "Too busy."),
            RefusalKind.TooLarge => (StatusCodes.Status413PayloadTooLarge, "Too large."),
            _ => (StatusCodes.Status422UnprocessableEntity, "Refused by a rule."),
        };
    }

    public static ProblemHttpResult Create(int status, string title, string field, string code, string message) =>
        TypedResults.Problem(
            title: title,
            detail: message,
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = code,
                ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            });
}
