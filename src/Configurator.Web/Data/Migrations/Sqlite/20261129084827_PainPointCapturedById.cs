using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PainPointCapturedById : Migration
    {
        /// <summary>
        /// Who captured a pain point was stored as the sign-in name (the e-mail); discovery records the
        /// user id everywhere else, so the column becomes the id. The column keeps SQLite's TEXT type, so
        /// only its name changes; the values are mapped in SQL.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CapturedBy",
                table: "PainPoints",
                newName: "CapturedById");

            // The user whose sign-in name or e-mail it was; a name no user has any more stays as it
            // is, and pages show it as a former user.
            migrationBuilder.Sql("""
                UPDATE "PainPoints"
                SET "CapturedById" = (
                    SELECT u."Id" FROM "AspNetUsers" AS u
                    WHERE u."UserName" = "PainPoints"."CapturedById"
                       OR u."NormalizedUserName" = UPPER("PainPoints"."CapturedById")
                       OR u."NormalizedEmail" = UPPER("PainPoints"."CapturedById")
                    ORDER BY u."UserName" = "PainPoints"."CapturedById" DESC
                    LIMIT 1)
                WHERE EXISTS (
                    SELECT 1 FROM "AspNetUsers" AS u
                    WHERE u."UserName" = "PainPoints"."CapturedById"
                       OR u."NormalizedUserName" = UPPER("PainPoints"."CapturedById")
                       OR u."NormalizedEmail" = UPPER("PainPoints"."CapturedById"));
                """);

            // The demo seed wrote "demo seed": its pain points were captured by whoever the timeline
            // says started the deal (the seed's owner), as a freshly seeded database now records.
            migrationBuilder.Sql("""
                UPDATE "PainPoints"
                SET "CapturedById" = COALESCE(
                    (SELECT a."ActorId" FROM "Activity" AS a
                     WHERE a."OpportunityId" = "PainPoints"."OpportunityId" AND a."Kind" = 'OpportunityCreated'
                     ORDER BY a."Id" LIMIT 1),
                    (SELECT o."OwnerId" FROM "Opportunities" AS o WHERE o."Id" = "PainPoints"."OpportunityId"))
                WHERE "CapturedById" = 'demo seed';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "PainPoints"
                SET "CapturedById" = (SELECT u."UserName" FROM "AspNetUsers" AS u WHERE u."Id" = "PainPoints"."CapturedById")
                WHERE EXISTS (SELECT 1 FROM "AspNetUsers" AS u WHERE u."Id" = "PainPoints"."CapturedById" AND u."UserName" IS NOT NULL);
                """);

            migrationBuilder.RenameColumn(
                name: "CapturedById",
                table: "PainPoints",
                newName: "CapturedBy");
        }
    }
}
