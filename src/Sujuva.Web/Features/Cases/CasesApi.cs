using Sujuva.Web.Features.WorkLogs;

namespace Sujuva.Web.Features.Cases;

public static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", OpenCase.HandleAsync).Admitted();
        cases.MapGet("/{caseId:guid}", OpenCase.GetAsync);
        cases.MapPost("/{caseId:guid}/moves", MoveCase.HandleAsync).Admitted();
        cases.MapPost("/{caseId:guid}/block", BlockCase.BlockAsync).Admitted();
        cases.MapPost("/{caseId:guid}/unblock", BlockCase.UnblockAsync).Admitted();
        cases.MapGet("/{caseId:guid}/notes", CaseNotes.ListAsync);
        cases.MapPost("/{caseId:guid}/assign", AssignCase.HandleAsync).Admitted();
        cases.MapPost("/{caseId:guid}/close", CloseCase.CloseAsync).Admitted();
        cases.MapPost("/{caseId:guid}/reopen", CloseCase.ReopenAsync).Admitted();
        cases.MapPost("/{caseId:guid}/work", LogWork.HandleAsync).Admitted().WithTags("WorkLogs");
        cases.MapGet("/{caseId:guid}/work", LogWork.ListAsync).WithTags("WorkLogs");
    }
}
