import type { MessageId } from './en';

/** Svenska. PMO-ord: milstolpe, beroende, resurs, kapacitet, v. 47 (ISO-vecka). */
export const sv: Record<MessageId, string> = {
  'language.label': 'Språk',

  'common.cancel': 'Avbryt',
  'common.close': 'Stäng',
  'common.dismiss': 'Stäng',
  'common.tryAgain': 'Försök igen',

  'role.owner': 'Ägare',
  'role.editor': 'Redaktör',
  'role.viewer': 'Endast läsning',

  'crash.heading': 'Något gick fel när {area} skulle visas.',
  'crash.body': 'Själva tavlan är oskadd: inget har ändrats. {message}',
  'crash.area.board': 'tavlan',

  'logo.home': 'Planroom startsida',

  'header.undo': 'Ångra',
  'header.undoTitle': 'Ångra din senaste ändring ({mod}Z)',
  'header.redo': 'Gör om',
  'header.redoTitle': 'Gör om ({mod}Shift+Z)',
  'header.shortcuts': 'Kortkommandon',
  'header.shortcutsTitle': 'Kortkommandon (?)',
  'header.share': 'Dela',
  'header.newItem': 'Ny post',
  'header.newItemTitle': 'Ny post (N)',

  'view.legend': 'Vy',
  'view.roadmap': 'Färdplan',
  'view.roadmapTitle': 'Posterna på tidslinjen, per spår eller gruppering (R växlar)',
  'view.resources': 'Resurser',
  'view.resourcesTitle':
    'Personer och team: vem som arbetar med vad, och beläggning per vecka mot kapacitet (R växlar)',
  'view.kickoff': 'Uppstart',
  'view.kickoffTitle':
    'Varje projekts syfte, omfattning, roller (RACI), KPI:er och risker, kopplade till färdplanen (K)',
  'view.status': 'Status',
  'view.statusTitle': 'Kvartalsrapporten (QBR): framsteg, milstolpar, förseningar, KPI:er, risker, kapacitet (S)',

  'presentation.label': 'Presentation',
  'presentation.leaveViewer':
    'Lämna presentationen: samma skrivskyddade tavla med vanlig textstorlek och utan teckenförklaring (P)',
  'presentation.leaveEditor': 'Tillbaka till redigering: lämna den skrivskyddade presentationen (P)',
  'presentation.enter':
    'Presentation: en ren, skrivskyddad färdplan med större text och teckenförklaring, inget kan ändras av misstag (P)',

  'share.heading': 'Dela tavlan',
  'share.editorLabel': 'Redaktörslänk',
  'share.editorHint': 'Alla med den här länken kan ändra planen. Dela den med deltagarna i workshopen.',
  'share.editorWarning':
    'Alla som öppnat tavlan med redaktörslänken förlorar åtkomsten direkt och behöver den nya länken. Läslänken fortsätter att fungera.',
  'share.viewerLabel': 'Läslänk',
  'share.viewerHint':
    'Skrivskyddad, vilket servern upprätthåller. För intressenter och sponsorer: de ser ändringar direkt.',
  'share.viewerWarning':
    'Alla som tittar via läslänken förlorar åtkomsten direkt och behöver den nya länken. Redaktörslänken fortsätter att fungera.',
  'share.ownerLabel': 'Din ägarlänk',
  'share.ownerHint':
    'Nyckeln till att förvalta tavlan: med den återställer du länkarna (och återställer versioner). Behåll den för dig själv och dela den inte med workshopen.',
  'share.ownerWarning':
    'Din nuvarande ägarlänk slutar fungera överallt där den är sparad. Den här fliken byter till den nya; spara en kopia av den.',
  'share.note': 'Länkarna bär sin åtkomstnyckel efter ”#”: hantera dem som lösenord.',
  'share.noLinks': 'Servern skickade inga delningslänkar för den här tavlan.',
  'share.copy': 'Kopiera',
  'share.copied': 'Kopierad',
  'share.resetLink': 'Återställ länk',
  'share.resetNamed': 'Återställ {name}',
  'share.resetting': 'Återställer…',
  'share.resetFailed': 'Kunde inte nå servern; länken återställdes inte.',
  'share.resetDone': 'Den nya länken är klar. Den gamla fungerar inte längre: dela den här igen.',

  'error.code': 'Kod {code}',
  'error.toStart': 'Till startsidan',
  'error.no-token.title': 'Länken saknar sin åtkomstnyckel',
  'error.no-token.body':
    'Tavlans länkar slutar med ”#token=…”. Kopiera hela länken igen, eller be tavlans ägare att dela den en gång till.',
  'error.unauthorized.title': 'Länken öppnar inte tavlan',
  'error.unauthorized.body': 'Åtkomstnyckeln i länken är fel eller har återkallats. Be tavlans ägare om en ny länk.',
  'error.link-reset.title': 'Länken fungerar inte längre',
  'error.link-reset.body':
    'Tavlans ägare har återställt den, så den öppnar inte tavlan längre. Be ägaren om den nya länken.',
  'error.not-found.title': 'Tavlan hittades inte',
  'error.not-found.body':
    'Det finns ingen tavla på den här adressen. Den kan ha tagits bort, eller så är länken ofullständig.',
  'error.schema-too-new.title': 'Tavlan kräver en nyare Planroom',
  'error.schema-too-new.body':
    'Den sparades av en nyare version än den servern kör. Inget har ändrats. Uppdatera Planroom för att öppna den.',
  'error.forbidden.title': 'Länken ger endast läsrätt',
  'error.forbidden.body':
    'Servern avvisade en ändring som skickades med en läslänk och stängde anslutningen. Ladda om sidan för att fortsätta följa tavlan.',
  'error.malformed.title': 'Servern avvisade en ändring',
  'error.malformed.body':
    'Den kunde inte läsa en ändring från den här webbläsaren och stängde anslutningen. Ladda om sidan för att fortsätta; din senaste ändring kan ha gått förlorad.',
  'error.unreachable.title': 'Kan inte nå Planroom-servern',
  'error.unreachable.body': 'Kontrollera att servern är igång och att du är uppkopplad, och försök sedan igen.',
  'error.unknown.title': 'Något gick fel när tavlan skulle öppnas',
  'error.unknown.body': 'Försök igen om en stund.',

  'board.opening': 'Öppnar tavlan…',
  'board.tooBig':
    'Servern avvisade en ändring större än {mb} MB, så den är inte sparad. Ångra den (till exempel en mycket stor inklistring i anteckningar) för att fortsätta spara.',

  'shortcuts.heading': 'Kortkommandon',
  'shortcuts.section.select': 'Markera',
  'shortcuts.section.edit': 'Redigera',
  'shortcuts.section.view': 'Visa',
  'shortcuts.key.click': 'Klick',
  'shortcuts.key.drag': 'Dra',
  'shortcuts.key.wheel': 'Scrollhjul',
  'shortcuts.prevNext': 'Föregående / nästa post i raden',
  'shortcuts.aboveBelow': 'Närmaste post i raden ovanför / nedanför',
  'shortcuts.toggleSelect': 'Lägg till en post i markeringen, eller ta bort den',
  'shortcuts.rubberBand': 'På tom yta: markera alla poster som rektangeln rör',
  'shortcuts.selectAll': 'Markera alla poster som visas',
  'shortcuts.clear': 'Rensa markeringen (eller avbryt en koppling)',
  'shortcuts.editItem': 'Redigera den markerade posten (öppnar detaljerna vid titeln)',
  'shortcuts.moveDay': 'Flytta de markerade posterna en dag tidigare / senare',
  'shortcuts.moveWeek': 'Flytta de markerade posterna en vecka',
  'shortcuts.delete': 'Ta bort de markerade posterna (frågar först om fler än en) eller kopplingen',
  'shortcuts.link': 'Koppla från den markerade posten: klicka sedan på posten som är beroende av den',
  'shortcuts.newItem': 'Ny post i första spåret, med start i dag',
  'shortcuts.undo': 'Ångra din senaste ändring',
  'shortcuts.redo': 'Gör om',
  'shortcuts.switchView': 'Växla mellan färdplanen och resursvyn',
  'shortcuts.kickoff': 'Uppstarter: öppna uppstartsvyn, och tillbaka till färdplanen',
  'shortcuts.history':
    'Versionshistorik: spela upp tavlan, se vad som ändrats (och ångra en återställning direkt efteråt)',
  'shortcuts.comments': 'Kommentarer: öppna eller stäng listan med trådar, olästa först',
  'shortcuts.status': 'Status: kvartalsrapporten, och tillbaka till färdplanen',
  'shortcuts.presentation': 'Presentation: en ren, skrivskyddad färdplan med teckenförklaring, och tillbaka',
  'shortcuts.search': 'Sök',
  'shortcuts.fit': 'Zooma så att markeringen, eller allt som visas, får plats',
  'shortcuts.export': 'Exportera: PNG, SVG, PDF, CSV eller tavlans JSON',
  'shortcuts.zoom': 'Zooma runt pekaren (eller nyp på en styrplatta)',
  'shortcuts.baselines': 'Baslinjer: sätt, välj, och milstolparna som försenats',
  'shortcuts.help': 'Visa den här listan',
  'shortcuts.note':
    'Dra en stapel för att flytta den (hela markeringen följer med), dra i kanterna för att ändra datum, dra punkten längst till höger till en annan stapel för att skapa ett beroende, och dubbelklicka på en tom plats i ett spår för att lägga till en post där. Ångra tar bara tillbaka dina egna ändringar, aldrig någon annans. I resursvyn drar du en stapel till en annan person (eller till Obemannat) för att flytta uppdraget, och drar en person i handtaget till ett annat team.',

  'start.tagline': 'Levande färdplaner för PMO-workshoppar, uppstarter och intressenter.',
  'start.drop': 'Släpp en CSV-, MS Project XML- eller tavel-JSON-fil för att förhandsgranska den',
  'start.openingPreview': 'Öppnar förhandsgranskningen…',
  'start.readFailed': 'Kunde inte läsa {name}.',
  'start.newBoard': 'Ny tavla',
  'start.boardName': 'Tavlans namn',
  'start.untitled': 'Namnlös tavla',
  'start.startFrom': 'Utgå från',
  'start.hint.empty': 'Tre spår, Nu, Nästa och Senare, redo för dina poster.',
  'start.hint.it-portfolio':
    'Fyra program, femton projekt med milstolpar, beroenden och ett team: ett år av IT-förändring.',
  'start.hint.business-pmo': 'Sex verksamhetsprojekt med sina nyttor som KPI:er, risker och en ifylld uppstart.',
  'start.creating': 'Skapar…',
  'start.create': 'Skapa tavla',
  'start.unreachable': 'Kunde inte nå Planroom-servern. Är den igång?',
  'start.recent': 'Senaste tavlor',
  'start.noBoards': 'Inga tavlor ännu.',
  'start.noBoardsHint': 'Tavlor du skapar eller öppnar via en länk visas här, bara i den här webbläsaren.',
  'start.opened': 'Öppnad {when}',
  'start.justNow': 'nyss',
  'start.forget': 'Glöm',

  'crash.area.needsAttention': 'listan över sådant som behöver åtgärdas',
  'crash.area.resources': 'resursvyn',
  'crash.area.details': 'detaljpanelen',
  'crash.area.history': 'historikpanelen',
  'crash.area.comments': 'kommentarspanelen',
  'crash.area.workshop': 'workshoplagret',
  'crash.area.timeline': 'tidslinjen',
  'crash.area.status': 'statusrapporten',
  'crash.area.kickoff': 'uppstarten',
  'conn.connecting': 'Ansluter…',
  'conn.connected': 'Ansluten',
  'conn.reconnecting': 'Återansluter…',
  'conn.offline': 'Offline',
  'conn.hint.connecting': 'Öppnar en direktanslutning till tavlan.',
  'conn.hint.connected': 'Live: du ser allas ändringar när de görs.',
  'conn.hint.reconnecting': 'Anslutningen bröts. Dina ändringar sparas och skickas när den är tillbaka.',
  'conn.hint.offline': 'Enheten är offline. Fortsätt arbeta: ändringarna skickas när du är uppkopplad igen.',
  'save.saved': 'Alla ändringar sparade',
  'save.saving': 'Sparar…',
  'save.unsaved': 'Ändringar inte skickade än',

  'avatars.others': '{count, plural, one {# annan person här} other {# andra här}}',
  'avatars.describe': '{name} · {role}',
  'avatars.describeIdle': '{name} · {role} · inaktiv',
  'avatars.stopFollowing': '{who}. Klicka för att sluta följa',
  'avatars.follow': '{who}. Klicka för att följa personens vy',
  'avatars.more': '{count} till: visa alla här',
  'avatars.everyone': 'Alla här',
  'avatars.followTitle': 'Följ personens vy',
  'avatars.idleSuffix': ', inaktiv',

  'language.current': 'Språk: {language}',
};
