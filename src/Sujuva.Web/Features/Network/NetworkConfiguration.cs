using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Features.Network;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.NameSv).HasMaxLength(200);
        b.Property(o => o.NameEn).HasMaxLength(200);
        b.Property(o => o.Version).IsConcurrencyToken();
    }
}

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.NameSv).HasMaxLength(200);
        b.Property(t => t.NameEn).HasMaxLength(200);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId);
    }
}

public sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.HasKey(m => new { m.UserId, m.TeamId });
        b.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId);
    }
}

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> b)
    {
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.NameSv).HasMaxLength(200);
        b.Property(s => s.NameEn).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
        b.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId);
        b.HasMany(s => s.Stages).WithOne().HasForeignKey(s => s.ServiceId);
        b.Navigation(s => s.Stages).AutoInclude();
        b.Ignore(s => s.ActiveStages);
    }
}

public sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> b)
    {
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.NameSv).HasMaxLength(200);
        b.Property(s => s.NameEn).HasMaxLength(200);
        b.Property(s => s.Kind).HasKnownEnumConversion(StageKind.Waiting).HasMaxLength(20);
        b.HasIndex(s => new { s.ServiceId, s.Position });
    }
}
