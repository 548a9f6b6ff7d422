using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.ClientPages;

/// <summary>The client's own page and calendar feed addresses, for the team working the case: /api/cases/{caseId}/client-link.</summary>
public static class ClientPagesApi
{
    public static void MapClientPagesApi(this IEndpointRouteBuilder api)
    {
        var link = api.MapGroup("/cases/{caseId}/client-link").WithTags("Programmes");
        link.MapGet("/", GetAsync);
        link.MapPost("/regenerate", RegenerateAsync).Admitted();
    }

    /// <summary>The addresses, made on first ask.</summary>
    public static async Task<Results<Ok<ClientLinkView>, ProblemHttpResult>> GetAsync(Guid caseId, HttpRequest request, SujuvaDb db,
        CurrentUser user, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ClientLinks.GetAsync(caseId, db, user, protection, BaseUrl.Of(request), clock, ct));

    /// <summary>New addresses; the old page and feed stop answering at once.</summary>
    public static async Task<Results<Ok<ClientLinkView>, ProblemHttpResult>> RegenerateAsync(Guid caseId, HttpRequest request, SujuvaDb db,
        CurrentUser user, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ClientLinks.RegenerateAsync(caseId, db, user, protection, BaseUrl.Of(request), clock, ct));
}
