"""The W3C Web Annotation layout of one stored annotation, defined once as SQL.

The store keeps each annotation's item as text in its w3c column (migration 4 of
helpers.notes.store), written by triggers from ITEMS in the same transaction as every write to
annotations or tags; helpers.notes.exports joins the stored items. A change of this layout needs a
new migration that recreates the triggers and fills the column again. It lives apart from
exports.py because the store's migrations need it and exports.py imports the store.

Each target has the document as its source (urn:musk-interviews-reader:doc:003), a
TextQuoteSelector and a TextPositionSelector, and the sentence reference under the project's own
key "sentence": it is not a selector of the model (a refinedBy would tell other clients to select
inside the span), clients that do not know the key ignore it, and the two selectors alone find the
span again. An annotation without note or tags has no body.
"""

SOURCE = "urn:musk-interviews-reader:doc:"
_BODY = (
    "(SELECT json_group_array(json(part)) FROM (SELECT json_object('type', 'TextualBody', "
    "'value', note, 'format', 'text/plain') AS part WHERE note != '' UNION ALL SELECT * FROM "
    "(SELECT json_object('type', 'TextualBody', 'value', tag, 'purpose', 'tagging') FROM tags "
    "WHERE annotation = id ORDER BY tag)))"
)
_ITEM = (
    f"json_object('id', 'urn:uuid:' || id, 'type', 'Annotation', 'created', created, "
    f"'modified', modified, 'motivation', motivation, 'body', json(body), 'target', "
    f"json_object('source', '{SOURCE}' || doc, 'sentence', ref, 'selector', json_array("
    f"json_object('type', 'TextQuoteSelector', 'exact', exact, 'prefix', prefix, "
    f"'suffix', suffix), json_object('type', 'TextPositionSelector', 'start', start_offset, "
    f"'end', end_offset))))"
)
ITEMS = (
    "SELECT id AS key, CASE WHEN body = '[]' THEN json_remove(item, '$.body') ELSE item END "
    f"AS item FROM (SELECT id, {_ITEM} AS item, body FROM (SELECT *, {_BODY} AS body "
    "FROM annotations WHERE {where}))"
)
"""SQL (str.format it with a WHERE condition on annotations) giving (key, item): the id and the
W3C Web Annotation (JSON-LD text, no @context of its own) of each annotation matching."""


def refresh(where: str) -> str:
    """The SQL statement that stores the W3C item of the annotations matching a WHERE condition."""
    return f"UPDATE annotations SET w3c = item FROM ({ITEMS.format(where=where)}) WHERE id = key"


W3C_MIGRATION = f"""
    ALTER TABLE annotations ADD COLUMN w3c TEXT NOT NULL DEFAULT '';
    CREATE TRIGGER w3c_of_a_new_annotation AFTER INSERT ON annotations BEGIN
        {refresh("id = NEW.id")};
    END;
    CREATE TRIGGER w3c_of_a_changed_annotation AFTER UPDATE OF id, created, modified, motivation,
    note, doc, ref, exact, prefix, suffix, start_offset, end_offset ON annotations BEGIN
        {refresh("id = NEW.id")};
    END;
    CREATE TRIGGER w3c_of_a_new_tag AFTER INSERT ON tags BEGIN
        {refresh("id = NEW.annotation")};
    END;
    CREATE TRIGGER w3c_of_a_removed_tag AFTER DELETE ON tags BEGIN
        {refresh("id = OLD.annotation")};
    END;
    {refresh("1")};
"""
"""Migration 4: the w3c column, the triggers keeping it in step, the items of existing rows."""
