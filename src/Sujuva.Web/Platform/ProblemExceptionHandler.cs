using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Sujuva.Web.Platform;

/// <summary>
/// Turns what escapes an endpoint into problem details: a body or parameter that does not bind is a
/// 400 naming the field; a concurrent edit lost at save time is a 409; anything else a 500 without
/// internals (the log has them).
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, field, code, message) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                (400, "The request body is not valid.", FieldOf(json), "InvalidJson", Describe(json)),
            BadHttpRequestException bad =>
                (bad.StatusCode, "The request is not valid.", ParameterOf(bad.Message), "InvalidRequest", bad.Message),
            DbUpdateConcurrencyException =>
                (409, "Someone else changed this first.", "version", "EditConflict",
                    "The version you sent is stale: reload and try again."),
            _ => (500, "Something went wrong.", "", "ServerError", "The error was logged; try again later."),
        };
        if (status == 500) log.LogError(exception, "Unhandled error on {Path}", http.Request.Path);

        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = null,
            ProblemDetails =
            {
                Status = status, Title = title, Detail = message,
                Extensions =
                {
                    ["code"] = code,
                    ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
                },
            },
        });
    }

    /// <summary>
    /// "$.stages[0].kind" names the field; a missing required property is named in the message, inside the object
    /// the path names ("scope.kind" for a scope without its kind).
    /// </summary>
    private static string FieldOf(JsonException json)
    {
        var path = json.Path ?? "$";
        var at = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        var missing = MissingProperty().Match(json.Message);
        if (!missing.Success) return at;
        return at is "$" or "" ? missing.Groups[1].Value : $"{at}.{missing.Groups[1].Value}";
    }

    private static string ParameterOf(string message)
    {
        var match = Parameter().Match(message);
        return match.Success ? match.Groups[1].Value : "";
    }

    private static string Describe(JsonException json) =>
        MissingProperty().IsMatch(json.Message) ? "This field is required." : CleanMessage(json.Message);

    // System.Text.Json messages end with type details (".. Path: $.x | LineNumber: 0 ..") that help nobody.
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperty();

    [GeneratedRegex("""parameter "\S+ (\w+)" """, RegexOptions.None)]
    private static partial Regex Parameter();
}
