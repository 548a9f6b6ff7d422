using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

public sealed class ProgrammeTemplateConfiguration : IEntityTypeConfiguration<ProgrammeTemplate>
{
    public void Configure(EntityTypeBuilder<ProgrammeTemplate> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(TextLimits.Name);
        b.Property(t => t.NameSv).HasMaxLength(TextLimits.Name);
        b.Property(t => t.NameEn).HasMaxLength(TextLimits.Name);
        b.Property(t => t.Rhythm).StoredAsJson();
        b.Property(t => t.Sessions).StoredAsJson();
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasIndex(t => t.ServiceId);
    }
}
