using Sujuva.Web.Features;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Features.Network;

namespace Sujuva.Web.Tests;

/// <summary>Entities for rule tests: a service with Intake (waiting), Work (working, WIP 1), Done (waiting).</summary>
internal static class Board
{
    public static readonly DateTime At = new(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly UserId Worker = new(Guid.CreateVersion7());

    public static Service Service(string name = "Valmennus")
    {
        var org = Organisation.Create("Kaupunki", null, null, Worker, At);
        var team = Team.Create(org.Id, "Tiimi", Worker, At);
        var (service, _) = Features.Network.Service.Create(team, name,
            [new("Intake", StageKind.Waiting), new("Work", StageKind.Working, 1), new("Done", StageKind.Waiting)],
            Worker, At);
        return service!;
    }

    public static Client Client() => Features.Clients.Client.Register(Worker, At);

    public static Case OpenCase(Service service, Client? client = null)
    {
        var (opened, _) = Case.Open(client ?? Client(), service, null, null, Worker, At);
        opened!.TakeEvents();
        return opened;
    }

    public static StageId Stage(this Service service, string name) => service.Stages.Single(s => s.Name == name).Id;
}
