-- When a user's password last changed: sessions signed in before it end at their next request.
ALTER TABLE user_account ADD COLUMN credentials_changed_at TIMESTAMP(3) NULL;
