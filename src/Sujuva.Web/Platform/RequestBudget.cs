using Microsoft.AspNetCore.Http.Timeouts;

namespace Sujuva.Web.Platform;

/// <summary>Settings "Api:RequestTimeoutSeconds" (default 30) and "Api:ExportTimeoutSeconds" (default 300).</summary>
public sealed class RequestBudgetOptions
{
    public double RequestTimeoutSeconds { get; set; } = 30;
    public double ExportTimeoutSeconds { get; set; } = 300;
}

/// <summary>
/// Every API request has a time budget; past it the request's cancellation token fires, the work stops at its
/// next await, and the caller gets 504 problem details (issue 12: one read held a core for tens of seconds).
/// Exports of a whole log get a longer one. Pages and the Blazor circuit have none: a circuit lives for hours.
/// </summary>
public static class RequestBudget
{
    public const string Api = "api";
    public const string Export = "export";

    public static IServiceCollection AddRequestBudgets(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Api").Get<RequestBudgetOptions>() ?? new();
        return services.AddRequestTimeouts(o =>
        {
            o.AddPolicy(Api, Policy(options.RequestTimeoutSeconds));
            o.AddPolicy(Export, Policy(options.ExportTimeoutSeconds));
        });
    }

    public static TBuilder WithApiBudget<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestTimeoutAttribute(Api));

    public static TBuilder WithExportBudget<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestTimeoutAttribute(Export));

    private static RequestTimeoutPolicy Policy(double seconds) => new()
    {
        Timeout = TimeSpan.FromSeconds(seconds),
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = http => Problems.Create(StatusCodes.Status504GatewayTimeout, "The request took too long.", "",
            "RequestTimedOut", "The request was stopped after its time budget; narrow it (a shorter period, one service) or try again later.")
            .ExecuteAsync(http),
    };
}
