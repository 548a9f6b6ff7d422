using System.Net.Http.Json;

namespace Sujuva.IntegrationTests.Auth;

public sealed record AdminUserDto(Guid Id, string Email, string DisplayName, List<string> Roles, List<Guid> Teams,
    bool LockedOut, bool TwoFactorEnabled, string Version);

public sealed record AdminTeamDto(Guid Id, Guid OrganisationId, string Name, DateTime? ArchivedAt, int Version);

public sealed record IdDto(Guid Id);

public sealed record AdminOrganisationDto(Guid Id, string Name, DateTime? ArchivedAt, int Version);

public sealed record AdminStageDto(Guid Id, int Position, string Name, string Kind, int? WipLimit);

public sealed record AdminServiceDto(Guid Id, Guid TeamId, string Name, DateTime? ArchivedAt, int Version, List<AdminStageDto> Stages);

public static class AdminSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<AdminUserDto> UserAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<List<AdminUserDto>>("/api/admin/users", Ct))!.Single(u => u.Email == email);

    public static async Task<AdminServiceDto> ServiceAsync(HttpClient admin, string name) =>
        (await admin.GetFromJsonAsync<List<AdminServiceDto>>("/api/admin/services", Ct))!.Single(s => s.Name == name);
}
