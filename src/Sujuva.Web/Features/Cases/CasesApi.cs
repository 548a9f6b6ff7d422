using Sujuva.Web.Features.WorkLogs;

namespace Sujuva.Web.Features.Cases;

public static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", OpenCase.HandleAsync).Admitted();
        cases.MapGet("/{caseId}", OpenCase.GetAsync);
        cases.MapPost("/{caseId}/moves", MoveCase.HandleAsync).Admitted();
        cases.MapPost("/{caseId}/block", BlockCase.BlockAsync).Admitted();
        cases.MapPost("/{caseId}/unblock", BlockCase.UnblockAsync).Admitted();
        cases.MapGet("/{caseId}/notes", CaseNotes.ListAsync);
        cases.MapPost("/{caseId}/assign", AssignCase.HandleAsync).Admitted();
        cases.MapPost("/{caseId}/close", CloseCase.CloseAsync).Admitted();
        cases.MapPost("/{caseId}/reopen", CloseCase.ReopenAsync).Admitted();
        cases.MapPost("/{caseId}/work", LogWork.HandleAsync).Admitted().WithTags("WorkLogs");
        cases.MapGet("/{caseId}/work", LogWork.ListAsync).WithTags("WorkLogs");
    }
}
