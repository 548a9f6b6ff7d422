namespace Sujuva.Web.Features.Cases;

/// <summary>The case-change admission policy (decision 0009) and the mark on each endpoint that changes a case.</summary>
public static class CaseChangeAdmissionSetup
{
    public static IServiceCollection AddCaseChangeAdmission(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy<string, CaseChangeAdmission>(CaseChangeAdmission.Policy));

    public static RouteHandlerBuilder Admitted(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(CaseChangeAdmission.Policy).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
