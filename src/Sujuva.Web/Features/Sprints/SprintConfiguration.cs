using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintConfiguration : IEntityTypeConfiguration<Sprint>
{
    public void Configure(EntityTypeBuilder<Sprint> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Challenge).HasMaxLength(TextLimits.Reason);
        b.Property(s => s.Mode).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(s => s.Participants).StoredAsJson();
        b.Property(s => s.ServiceIds).StoredAsJson();
        b.Property(s => s.Sessions).StoredAsJson();
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Starts);
        b.Ignore(s => s.Ends);
        b.Ignore(s => s.Team);
        b.HasIndex(s => s.Status);
    }
}
