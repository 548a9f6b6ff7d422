using Microsoft.AspNetCore.Http.HttpResults;

namespace Sujuva.Web.Platform;

/// <summary>
/// RFC 9457 problem details for every refusal. Each names the offending request field in
/// <c>errors</c> ({field: [messages]}) and gives a stable <c>code</c>.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult BadField(string field, string code, string message) =>
        Create(StatusCodes.Status400BadRequest, "A field is not valid.", field, code, message);

    public static ProblemHttpResult NotFound(string field) =>
        Create(StatusCodes.Status404NotFound, "Not found.", field, "NotFound",
            "It does not exist or you may not see it.");

    public static ProblemHttpResult EditConflict() =>
        Create(StatusCodes.Status409Conflict, "Someone else changed this first.", "version", "EditConflict",
            "The version you sent is stale: reload and try again.");

    public static ProblemHttpResult Forbidden(string field, string message) =>
        Create(StatusCodes.Status403Forbidden, "Not allowed.", field, "Forbidden", message);

    public static ProblemHttpResult From(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.Invalid => BadField(refusal.Field, refusal.Code, refusal.Message),
        _ => Create(StatusCodes.Status422UnprocessableEntity, "Refused by a rule.", refusal.Field,
            refusal.Code, refusal.Message),
    };

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
